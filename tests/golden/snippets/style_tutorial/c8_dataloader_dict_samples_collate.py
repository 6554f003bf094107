# A Dataset returning dicts: the default collate stacks tensors, lists numbers and keeps strings.
import torch
from torch.utils.data import Dataset, DataLoader
from torch.utils.data import default_collate

class PointsDataset(Dataset):
    def __init__(self):
        torch.manual_seed(3)
        self.points = torch.randn(7, 2)

    def __len__(self):
        return len(self.points)

    def __getitem__(self, i):
        x = self.points[i]
        return {"x": x, "label": int(x.sum() > 0), "name": f"p{i}", "norm": float(x.norm())}

ds = PointsDataset()
print(ds[0])
loader = DataLoader(ds, batch_size=3)
for batch in loader:
    print(batch["x"].shape, batch["label"], batch["name"], batch["norm"].dtype)
print(default_collate([(1, 2.0), (3, 4.0)]))
print(default_collate([torch.tensor([1, 2]), torch.tensor([3, 4])]))

def pad_collate(batch):
    seqs = [torch.arange(n) for n in batch]
    lengths = torch.tensor([len(s) for s in seqs])
    padded = torch.nn.utils.rnn.pad_sequence(seqs, batch_first=True, padding_value=-1)
    return padded, lengths

print(next(iter(DataLoader([3, 1, 4, 2], batch_size=4, collate_fn=pad_collate))))
