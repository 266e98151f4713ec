"""The tabs of the Beheer page (pages/data_page.py): backups, retention, audit trail."""
