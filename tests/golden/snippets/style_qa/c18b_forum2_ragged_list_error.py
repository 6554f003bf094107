# Q: torch.tensor fails on my list of sentences (token ids of different lengths)
import torch

batch = [[5, 2, 9], [7, 1], [3, 3, 3]]
try:
    torch.tensor(batch)
except ValueError as err:
    print("ValueError:", err)
padded = [seq + [0] * (3 - len(seq)) for seq in batch]
print(torch.tensor(padded))
from torch.nn.utils.rnn import pad_sequence
print(pad_sequence([torch.tensor(s) for s in batch], batch_first=True, padding_value=-1))
