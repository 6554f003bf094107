# Returning indices from a custom Function: mark them non-differentiable.
import torch

class SortVals(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        vals, idx = x.sort()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(idx)
        return vals, idx

    @staticmethod
    def backward(ctx, g_vals, g_idx):
        (idx,) = ctx.saved_tensors
        print('g_idx', g_idx)
        out = torch.zeros_like(g_vals)
        out[idx] = g_vals
        return out

x = torch.tensor([3.0, 1.0, 2.0], requires_grad=True)
vals, idx = SortVals.apply(x)
print(vals.requires_grad, idx.requires_grad, idx.dtype)
(vals * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad)
