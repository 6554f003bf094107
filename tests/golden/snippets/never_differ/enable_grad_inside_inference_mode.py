import torch

w = torch.ones(2, requires_grad=True)
with torch.inference_mode():
    with torch.enable_grad():
        d = w * 2
        print(d.requires_grad, d.is_inference(), torch.is_grad_enabled())
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
e = w * 2
print(e.requires_grad, e.is_inference())
