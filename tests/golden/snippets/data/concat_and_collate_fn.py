import torch
from torch.utils.data import ConcatDataset, DataLoader, Dataset, TensorDataset


class Words(Dataset):
    def __init__(self, words):
        self.words = words

    def __len__(self):
        return len(self.words)

    def __getitem__(self, i):
        return self.words[i], len(self.words[i])


both = Words(["a", "bb"]) + Words(["ccc", "dd", "e"])
print(type(both).__name__, len(both), both[3], both[-1])
print(next(iter(DataLoader(both, batch_size=5))))


def collate(batch):
    words, lengths = zip(*batch)
    return list(words), torch.tensor(lengths)


for batch in DataLoader(both, batch_size=2, collate_fn=collate):
    print(batch)
x = ConcatDataset([TensorDataset(torch.zeros(2)), TensorDataset(torch.ones(3))])
print(x.cumulative_sizes, x[2])
