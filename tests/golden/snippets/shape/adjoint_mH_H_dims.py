# Tensor.adjoint(), torch.adjoint, .mH, .H and .mT on 0-D, 1-D, 2-D and batched tensors.
import torch

x = torch.tensor(2.)
for e in ['x.mT', 'x.mT is x', 'x.H is x', 'x.mH is x', 'x.adjoint() is x', 'torch.adjoint(x) is x', 'torch.ones(3).mH',
          'torch.ones(3).H', 'torch.ones(2, 3, 4).H', 'torch.ones(3).adjoint()', 'torch.ones(3).mT', 'torch.ones(2, 3).H.stride()',
          'torch.ones(2, 3, 4).mH.shape', 'torch.adjoint(torch.ones(2, 3, 4)).stride()',
          'torch.ones(2, 3, requires_grad=True).adjoint().grad_fn.name()', 'torch.ones(2, 3, requires_grad=True).H.grad_fn.name()',
          'torch.arange(6.).view(2, 3).adjoint()', 'torch.arange(6.).view(2, 3).adjoint()._base is not None']:
    try:
        print(e, eval(e))
    except RuntimeError as q:
        print(e, type(q).__name__, q)
