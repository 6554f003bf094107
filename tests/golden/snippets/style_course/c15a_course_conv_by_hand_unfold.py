# Course notebook: a convolution as unfold + matmul (im2col), checked against F.conv2d
import torch
import torch.nn.functional as F

torch.manual_seed(2)
inp = torch.randn(1, 2, 5, 5)
w = torch.randn(3, 2, 3, 3)
b = torch.randn(3)
inp_unf = F.unfold(inp, kernel_size=3)
print(inp_unf.shape)
out_unf = inp_unf.transpose(1, 2).matmul(w.view(w.size(0), -1).t()).transpose(1, 2)
out = out_unf.view(1, 3, 3, 3) + b.view(1, -1, 1, 1)
ref = F.conv2d(inp, w, b)
print(out.shape, (out - ref).abs().max() < 1e-5)
print(ref[0, 0])
edge = torch.tensor([[[[-1.0, 0.0, 1.0]] * 3]])
img = torch.zeros(1, 1, 4, 6)
img[..., 3:] = 1.0
print(F.conv2d(img, edge))
print(F.conv2d(img, edge, padding=1, stride=2).shape)
