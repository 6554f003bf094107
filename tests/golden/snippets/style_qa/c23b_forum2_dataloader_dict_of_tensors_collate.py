import torch
from torch.utils.data import Dataset, DataLoader

class Tok(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return {"input_ids": torch.tensor([i, i + 1, i + 2]), "label": torch.tensor(i % 2), "text": f"s{i}"}

batch = next(iter(DataLoader(Tok(), batch_size=3)))
print({k: (v.shape if torch.is_tensor(v) else v) for k, v in batch.items()})
print(batch["label"], batch["input_ids"].dtype)
print(type(batch).__name__)
