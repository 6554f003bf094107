# Q: "expected sequence of length 3 at dim 1 (got 2)" - turning a ragged list of lists into a tensor.
import torch

rows = [[1, 2, 3], [4, 5]]
try:
    torch.tensor(rows)
except ValueError as e:
    print("ValueError:", e)
padded = [r + [0] * (3 - len(r)) for r in rows]
print(torch.tensor(padded))
try:
    torch.tensor([[1.0, 2.0], "ab"])
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor(["cat", "dog"])
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print(torch.tensor([[1, 2], [3, 4.5]]).dtype, torch.tensor([True, 2]).dtype)
try:
    torch.tensor([[1, 2], [3, [4]]])
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
print(torch.nn.utils.rnn.pad_sequence([torch.tensor(r) for r in rows], batch_first=True))
