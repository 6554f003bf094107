# neighbour sampling with torch.multinomial over a row of the adjacency
import torch

torch.manual_seed(84)
A = torch.tensor([[0.0, 1.0, 1.0, 1.0], [1.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
for node in range(4):
    k = min(2, int(A[node].sum()))
    print(node, torch.multinomial(A[node], k, replacement=False))
try:
    torch.multinomial(A[2], 2)
except RuntimeError as e:
    print("RuntimeError:", e)
