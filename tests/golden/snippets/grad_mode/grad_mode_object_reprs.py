# The grad-mode context managers print as PyTorch's classes (module torch.autograd.grad_mode).
import torch

for ctx in (torch.no_grad(), torch.enable_grad(), torch.set_grad_enabled(True), torch.inference_mode()):
    print(ctx, type(ctx).__module__, type(ctx).__qualname__)
print(torch.no_grad, torch.inference_mode)
