# Q: does enable_grad turn autograd back on inside inference_mode?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    with torch.enable_grad():
        y = w * 2
        print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
    print(y.requires_grad, y.is_inference(), y.grad_fn)
with torch.no_grad():
    with torch.enable_grad():
        z = w * 2
print(z.requires_grad, z.is_inference())
