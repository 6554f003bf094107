# Hooks do not show in the module repr; the hook dicts do
import torch
import torch.nn as nn

conv = nn.Conv2d(1, 2, kernel_size=3, stride=1, padding=1, bias=False)
h1 = conv.register_forward_hook(lambda m, i, o: None)
h2 = conv.register_forward_pre_hook(lambda m, i: None)
print(conv)
print(len(conv._forward_hooks), len(conv._forward_pre_hooks))
print(type(h1).__name__, h1.id != h2.id)
h1.remove(); h2.remove()
print(len(conv._forward_hooks), len(conv._forward_pre_hooks))
print(conv.weight.shape, conv.bias)
