# Convolution as im2col: F.unfold the image, multiply by the flattened kernels, fold back; compare with conv2d.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.arange(2 * 1 * 5 * 5, dtype=torch.float32).view(2, 1, 5, 5) / 10
top_edge = torch.tensor([[-1, -1, -1], [0, 0, 0], [1, 1, 1]]).float()
left_edge = torch.tensor([[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]]).float()
edge_kernels = torch.stack([left_edge, top_edge])[:, None]
print(edge_kernels.shape)
inp_unf = F.unfold(img, (3, 3))
print(inp_unf.shape)
w = edge_kernels.view(2, -1)
out_unf = (inp_unf.transpose(1, 2) @ w.t()).transpose(1, 2)
out = out_unf.view(2, 2, 3, 3)
ref = F.conv2d(img, edge_kernels)
print(torch.allclose(out, ref))
print(ref[0, 1])
def apply_kernel(im, row, col, kernel):
    return (im[row - 1:row + 2, col - 1:col + 2] * kernel).sum()
print(apply_kernel(img[0, 0], 2, 2, top_edge))
rng = range(1, 4)
manual = torch.tensor([[apply_kernel(img[0, 0], i, j, top_edge) for j in rng] for i in rng])
print(manual)
print(F.conv2d(img, edge_kernels, stride=2, padding=1).shape)
folded = F.fold(inp_unf, (5, 5), (3, 3))
print(folded[0, 0])
