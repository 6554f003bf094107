# A learner inspects what a matrix product saved when its inputs are slices of bigger tensors
import torch

torch.manual_seed(0)
W = torch.randn(4, 6, requires_grad=True)
x = torch.randn(3, 4, requires_grad=True)
for a, b in [(x, W[:, 1:4]), (x, W[:, ::2]), (x[:, :2], W[1:3]), (x.t().contiguous().t(), W)]:
    g = (a @ b).grad_fn
    print(g.name(), g._saved_self_sym_sizes, g._saved_self_sym_strides, g._saved_mat2_sym_strides)
b = torch.randn(3)
g = torch.addmm(b, x[:, 1:], W[:3, ::2]).grad_fn
print(g.name(), g._saved_mat1_sym_strides, g._saved_mat2_sym_strides)
print([n for n in dir(g) if n.startswith("_saved")])
