# torch.dropout, torch.layer_norm, torch.special.erf ... look like PyTorch's C builtins; so do bound methods
import inspect

import torch

for f in (torch.dropout, torch.layer_norm, torch.batch_norm, torch.instance_norm, torch.group_norm, torch.embedding,
          torch.special.erf, torch.special.expit, torch.special.digamma):
    try:
        inspect.signature(f)
        signature = "has a signature"
    except ValueError as e:
        signature = str(e).split(" at ")[0]
    print(repr(f).split(" at ")[0], type(f).__name__, f.__name__, f.__qualname__, f.__module__, signature)
x = torch.ones(2)
method = x.view
print(method.__module__, type(method).__module__, method.__text_signature__, torch.Tensor.view.__text_signature__)
print(hasattr(torch.Tensor.view, "__module__"), type(torch.Tensor.view).__module__, type(torch.Tensor.view))
print(torch.dropout is torch.dropout, torch.dropout(x, 0.0, True))
