# Quiz E2: tensor methods with keywords -- which ones work?
import torch

x = torch.tensor([[1.0, -2.0], [3.0, 4.0]], requires_grad=True)
print(x.sum(dim=1, keepdim=True).shape, x.mean(dim=-1).grad_fn.name())
print(x.max(dim=0).values, x.clamp(min=0.0).grad_fn.name())
print(x.transpose(dim0=0, dim1=1).shape, x.reshape(shape=(4,)).shape)
for f in (lambda: x.view(size=(4,)), lambda: x.sum(axis=0), lambda: x.permute(dims=(1, 0)).shape,
          lambda: x.unsqueeze(dim=0).shape, lambda: x.flatten(start_dim=0, end_dim=1).shape):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", str(e).splitlines()[0])
