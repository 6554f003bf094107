# word2vec skip-gram with negative sampling: the d2l SigmoidBCELoss with a mask and a few training steps.
import torch
from torch import nn

def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    return torch.bmm(v, u.permute(0, 2, 1))

class SigmoidBCELoss(nn.Module):
    def forward(self, inputs, target, mask=None):
        out = nn.functional.binary_cross_entropy_with_logits(inputs, target, weight=mask, reduction="none")
        return out.mean(dim=1)

loss = SigmoidBCELoss()
pred = torch.tensor([[1.1, -2.2, 3.3, -4.4]] * 2)
label = torch.tensor([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]])
print(loss(pred, label, mask) * mask.shape[1] / mask.sum(axis=1))
torch.manual_seed(0)
embed_v, embed_u = nn.Embedding(20, 4), nn.Embedding(20, 4)
print(skip_gram(torch.ones((2, 1), dtype=torch.long), torch.ones((2, 4), dtype=torch.long), embed_v, embed_u).shape)
center = torch.tensor([[1], [5], [7]])
ctx_neg = torch.tensor([[2, 3, 11, 12], [6, 4, 13, 0], [8, 9, 14, 15]])
masks = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 1, 1]])
labels = torch.tensor([[1, 1, 0, 0], [1, 0, 0, 0], [1, 1, 0, 0]], dtype=torch.float32)
opt = torch.optim.Adam(list(embed_v.parameters()) + list(embed_u.parameters()), lr=0.01)
for epoch in range(3):
    opt.zero_grad()
    pred = skip_gram(center, ctx_neg, embed_v, embed_u)
    l = (loss(pred.reshape(labels.shape).float(), labels, masks) / masks.sum(axis=1) * masks.shape[1])
    l.sum().backward()
    opt.step()
    print(epoch, l.sum().item())
W = embed_v.weight.data
x = W[1]
cos = torch.mv(W, x) / torch.sqrt(torch.sum(W * W, dim=1) * torch.sum(x * x) + 1e-9)
print(torch.topk(cos, k=3))
