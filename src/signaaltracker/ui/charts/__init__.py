"""pyqtgraph charts. pyqtgraph is imported only when a chart is built, never at start-up."""
