# index_put_ with accumulate=True sums duplicate edges, without it one wins
import torch

rows = torch.tensor([0, 0, 1, 0])
cols = torch.tensor([1, 1, 2, 1])
vals = torch.tensor([1.0, 2.0, 3.0, 4.0])
acc = torch.zeros(3, 3).index_put_((rows, cols), vals, accumulate=True)
print(acc)
print(torch.zeros(3, 3).index_put((rows[2:3], cols[2:3]), vals[2:3]))
try:
    torch.zeros(3, 3).index_put_((rows, cols), vals[:2])
except RuntimeError as e:
    print("RuntimeError:", e)
