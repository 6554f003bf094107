# attention rollout: multiply (attention + identity) matrices across layers
import torch

torch.manual_seed(3)
T, layers = 4, 3
rollout = torch.eye(T)
for l in range(layers):
    A = torch.rand(T, T).softmax(dim=-1)
    A = 0.5 * A + 0.5 * torch.eye(T)
    A = A / A.sum(dim=-1, keepdim=True)
    rollout = A @ rollout
    print(l, rollout[0])
print(rollout.sum(-1))
print(rollout)
