# DataLoader cannot stack samples of different lengths
import torch
from torch.utils.data import DataLoader

data = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6, 7, 8])]
loader = DataLoader(data, batch_size=2)
try:
    for batch in loader:
        print(batch)
except RuntimeError as e:
    print("RuntimeError:", e)
loader = DataLoader(data, batch_size=2, collate_fn=lambda b: torch.nn.utils.rnn.pad_sequence(b, batch_first=True))
for batch in loader:
    print(batch)
