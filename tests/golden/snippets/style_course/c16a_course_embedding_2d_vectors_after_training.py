# Training 2-D character embeddings and printing the learned coordinates
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
chars = ".aeiou"
X = torch.tensor([0, 1, 2, 3, 4, 5, 1, 2, 3])
Y = torch.tensor([1, 2, 3, 4, 5, 0, 0, 0, 0])
C = torch.randn((6, 2), generator=g, requires_grad=True)
W = torch.randn((2, 6), generator=g, requires_grad=True)
for i in range(20):
    loss = F.cross_entropy(C[X] @ W, Y)
    C.grad = W.grad = None
    loss.backward()
    C.data -= 0.5 * C.grad
    W.data -= 0.5 * W.grad
print(loss.item())
for i, ch in enumerate(chars):
    print(ch, C[i, 0].item(), C[i, 1].item())
