# value iteration on a 4-state chain MDP with tensors
import torch

P = torch.zeros(2, 4, 4)   # actions x states x next states
for s in range(4):
    P[0, s, max(s - 1, 0)] = 1.0
    P[1, s, min(s + 1, 3)] = 1.0
R = torch.tensor([0.0, 0.0, 0.0, 1.0])
V = torch.zeros(4)
for it in range(5):
    Q = R + 0.9 * torch.einsum("asn,n->as", P, V)
    V = Q.max(dim=0).values
    print(it, V)
print(Q.argmax(dim=0))
