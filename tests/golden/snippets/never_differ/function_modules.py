# Where do these functions live? A learner reads __module__ and inspect.getmodule in the REPL
import inspect
import pydoc

import torch
import torch.nn.functional as F

fns = [torch.add, torch.matmul, torch.zeros, torch.cat, torch.sigmoid, torch.norm, torch.split, torch.manual_seed,
       torch.get_default_device, torch.linalg.det, torch.linalg.norm, F.relu, F.linear, F.sigmoid, F.conv2d,
       F.cross_entropy, torch.Tensor.backward, torch.Tensor.register_hook, torch.is_tensor, torch.no_grad]
for f in fns:
    print(f.__name__, f.__module__)
for f in (torch.add, torch.norm, torch.no_grad, torch.enable_grad, F.relu, torch.Tensor.backward, torch.manual_seed):
    print(f.__name__, inspect.getmodule(f).__name__)
print(pydoc.render_doc(torch.Tensor.backward).splitlines()[0])
print(pydoc.render_doc(torch.no_grad).splitlines()[0])
