import torch
from torch.utils.data import Dataset

class Readings(Dataset):
    def __init__(self, rows, feature_fn=None, label_fn=None):
        self.rows, self.feature_fn, self.label_fn = rows, feature_fn, label_fn
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, k):
        reading, cls = self.rows[k]
        reading = self.feature_fn(reading) if self.feature_fn else reading
        return reading, (self.label_fn(cls) if self.label_fn else cls)

rows = [(torch.tensor([10.0, 30.0]), 2), (torch.tensor([50.0, 70.0]), 0)]
ds = Readings(rows, feature_fn=lambda r: (r - 40) / 20, label_fn=lambda c: torch.nn.functional.one_hot(torch.tensor(c), 3))
print(ds[0])
print(ds[1][1].dtype, len(ds), Readings(rows)[1])
