# .item() on a batch of actions, and int() on tensors
import torch

actions = torch.tensor([1, 0])
try:
    actions.item()
except RuntimeError as e:
    print(e)
print(int(actions[0]), actions[1].item(), type(actions[1].item()))
try:
    int(actions)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
q = torch.tensor([[0.5, 1.5]])
print(q.argmax().item(), q.argmax(dim=1))
print(float(q[0, 1]), bool(torch.tensor([0.0])))
try:
    bool(q)
except RuntimeError as e:
    print(e)
