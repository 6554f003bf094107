# The full backward hook's warning (no input requires grad) is placed on the line that ran backward.
import torch

torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
layer.register_full_backward_hook(lambda m, grad_in, grad_out: print('hook', grad_in, grad_out[0].shape))
x = torch.randn(4, 3)
layer(x).sum().backward()
layer(x).pow(2).mean().backward()
for _ in range(2):
    layer(x).abs().sum().backward()
print(layer.weight.grad.shape)
