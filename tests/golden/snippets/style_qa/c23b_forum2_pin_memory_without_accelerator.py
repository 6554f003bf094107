import warnings
import torch
from torch.utils.data import DataLoader, TensorDataset

# "pin_memory=True on my laptop: what happens without a GPU?"
pairs = TensorDataset(torch.arange(6.0).view(3, 2), torch.tensor([0, 1, 0]))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    feats, labels = next(iter(DataLoader(pairs, batch_size=3, pin_memory=True)))
print(feats.is_pinned(), labels.tolist())
print([(c.category.__name__, str(c.message)[:100]) for c in caught])
