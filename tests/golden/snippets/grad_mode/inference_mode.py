import torch

x = torch.tensor([1., 2.], requires_grad=True)
with torch.inference_mode():
    y = x * 2
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
print(y)
print(y.requires_grad, y.is_inference(), x.is_inference())
print(torch.is_inference_mode_enabled())

@torch.inference_mode()
def g(t):
    return t + 1

print(g(x), g(x).is_inference())
