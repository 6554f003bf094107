# A Dataset of variable-length sequences: default collate fails, a custom collate_fn pads and returns lengths.
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


class Sequences(Dataset):
    def __init__(self):
        g = torch.Generator().manual_seed(3)
        self.items = [torch.randint(1, 9, (int(n),), generator=g) for n in torch.randint(2, 6, (5,), generator=g)]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return {"tokens": self.items[i], "label": i % 2}


ds = Sequences()
print([len(ds[i]["tokens"]) for i in range(len(ds))])
try:
    next(iter(DataLoader(ds, batch_size=3)))
except RuntimeError as e:
    print("RuntimeError:", e)


def collate(batch):
    toks = [b["tokens"] for b in batch]
    return {"tokens": pad_sequence(toks, batch_first=True), "lengths": torch.tensor([len(t) for t in toks]),
            "label": torch.tensor([b["label"] for b in batch])}


for batch in DataLoader(ds, batch_size=3, collate_fn=collate):
    print(batch["tokens"], batch["lengths"], batch["label"])
