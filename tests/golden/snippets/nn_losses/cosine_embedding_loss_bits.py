# CosineEmbeddingLoss to the last bit: both inputs' gradients (input1 is used twice, so the order its
# gradients are summed in shows), targets other than 1 and -1, margins, float64, the graph's nodes.
import torch
import torch.nn.functional as F

torch.manual_seed(2)
a = torch.randn(6, 7, requires_grad=True)
b = torch.randn(6, 7, requires_grad=True)
y = torch.tensor([1, -1, 0, 1, -1, 2])
for margin, reduction in ((0.0, "mean"), (-0.3, "sum"), (0.5, "none")):
    a.grad = b.grad = None
    out = F.cosine_embedding_loss(a, b, y, margin=margin, reduction=reduction)
    (out.sum() if reduction == "none" else out).backward()
    print(out.tolist() if reduction == "none" else out.item())
    print(a.grad.flatten().tolist()[:14], b.grad.flatten().tolist()[-7:])
node = F.cosine_embedding_loss(a, b, y).grad_fn
print(node, node.next_functions[0][0], node.next_functions[0][0].next_functions)
c = torch.randn(5, dtype=torch.float64, requires_grad=True)
d = torch.randn(5, dtype=torch.float64)
loss = F.cosine_embedding_loss(c, d, torch.tensor(-1.0), margin=-1.0)
loss.backward()
print(loss.item(), c.grad.tolist())
x = torch.randn(3, 4, requires_grad=True)
F.cosine_embedding_loss(x, x, torch.tensor([1, -1, 1])).backward()
print(x.grad.tolist()[0])
