# conv2d's weight and bias gradients on maps of more than 64 outputs (an MNIST-style first layer):
# oneDNN splits the images, or for 10 rows or more and few input channels the rows, over threads
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for threads in (1, 2):
    torch.set_num_threads(threads)
    for n, cin, cout, k, hw in [(8, 1, 4, 3, 12), (3, 1, 8, 5, 28), (5, 3, 4, 3, 14), (7, 2, 16, 3, 12), (5, 4, 6, 3, 16)]:
        x = torch.randn(n, cin, hw, hw)
        w = torch.randn(cout, cin, k, k, requires_grad=True)
        b = torch.randn(cout, requires_grad=True)
        y = F.conv2d(x, w, b)
        gw, gb = torch.autograd.grad(y, (w, b), torch.randn_like(y))
        print(threads, n, cin, cout, k, hw, gw.sum().item(), gw.abs().sum().item(), gw[0, 0].tolist(), gb.tolist())
pool = F.max_pool2d(F.relu(F.conv2d(torch.randn(9, 1, 12, 12), w := torch.randn(4, 1, 3, 3, requires_grad=True))), 2)
pool.sum().backward()
print(w.grad)
