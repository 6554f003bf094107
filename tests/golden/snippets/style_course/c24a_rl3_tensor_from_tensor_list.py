# Building a batch with torch.tensor from a list of tensors
import torch

rewards = [torch.tensor(1.0), torch.tensor(0.5), torch.tensor(-1.0)]
print(torch.tensor(rewards))
print(torch.stack(rewards))
states = [torch.zeros(2), torch.ones(2)]
try:
    torch.tensor(states)
except (ValueError, TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
r = torch.tensor([1.0, 2.0], requires_grad=True)
copy = torch.tensor(r)
print(copy.requires_grad, copy)
print(torch.as_tensor(rewards[0]) is rewards[0])
