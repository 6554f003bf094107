# Q: I modified a detached tensor and my original changed
import torch

params = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
snapshot = params.detach()
snapshot[0] = 100.0
print(params)
safe = params.detach().clone()
safe[1] = -5.0
print(params, safe)
print(snapshot.data_ptr() == params.data_ptr())
