import torch

n_states, n_actions = 3, 2
P = torch.tensor([[[0.8, 0.2, 0.0], [0.0, 0.5, 0.5]],
                  [[0.0, 1.0, 0.0], [0.3, 0.0, 0.7]],
                  [[0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]])
R = torch.tensor([[0.0, 1.0], [0.5, 0.0], [0.0, 0.0]])
V = torch.zeros(n_states)
gamma = 0.9
for it in range(50):
    Q = R + gamma * torch.einsum('san,n->sa', P, V)
    V = Q.max(dim=1).values
print(V)
print(Q.argmax(dim=1))
print(Q)
