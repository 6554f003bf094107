# Q: "expected sequence of length 2 at dim 1 (got 1)"
import torch

for data in ([[1, 2], [3]], [[1.0], [2.0, 3.0]], [[[1], [2]], [[3]]]):
    try:
        torch.tensor(data)
    except ValueError as e:
        print(e)
print(torch.nn.utils.rnn.pad_sequence([torch.tensor([1, 2]), torch.tensor([3])], batch_first=True))
