import torch
from torch.utils.data import Dataset, DataLoader

class Pairs(Dataset):
    def __init__(self):
        self.items = [{"x": [1.0, 2.0], "y": 0}, {"x": [3.0], "y": 1}, {"x": [4.0, 5.0, 6.0], "y": 1}]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

def collate(batch):
    xs = [torch.tensor(b["x"]) for b in batch]
    return {"x": torch.nn.utils.rnn.pad_sequence(xs, batch_first=True), "y": torch.tensor([b["y"] for b in batch])}

for batch in DataLoader(Pairs(), batch_size=2, collate_fn=collate):
    print(batch["x"], batch["y"])
try:
    next(iter(DataLoader(Pairs(), batch_size=3)))
except Exception as e:
    print(type(e).__name__, e)
