import torch
from torch.utils.data import IterableDataset, DataLoader


class RandomWalk(IterableDataset):
    """Generates windows of a seeded random walk, forever cut at n_windows."""

    def __init__(self, n_windows, width, seed):
        self.n_windows, self.width, self.seed = n_windows, width, seed

    def __iter__(self):
        gen = torch.Generator().manual_seed(self.seed)
        pos = torch.zeros(())
        for _ in range(self.n_windows):
            steps = torch.randn(self.width, generator=gen)
            window = pos + steps.cumsum(0)
            pos = window[-1]
            yield window[:-1], window[-1:]


walk = RandomWalk(n_windows=5, width=4, seed=2024)
for past, nxt in DataLoader(walk, batch_size=2):
    print(past.shape, nxt.squeeze(1))
firsts = [p[0].item() for p, _ in walk]
print([round(v, 5) for v in firsts])
