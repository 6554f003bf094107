"""Writing a custom Dataset for a CSV-like list of rows."""
from typing import Tuple

import torch
from torch.utils.data import DataLoader, Dataset


class RowsDataset(Dataset):
    """Each row: two features and a 0/1 label."""

    def __init__(self, rows: list) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, idx: int) -> Tuple[torch.Tensor, torch.Tensor]:
        *features, label = self.rows[idx]
        return torch.tensor(features, dtype=torch.float32), torch.tensor(label)


rows = [(0.1, 1.2, 0), (0.5, 0.3, 1), (1.5, -0.2, 1), (0.0, 0.0, 0), (2.2, 1.1, 1)]
loader = DataLoader(RowsDataset(rows), batch_size=2, shuffle=False)
for xb, yb in loader:
    print(xb.shape, yb, yb.dtype)
