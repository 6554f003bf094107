# The bigram model as a single linear layer over one-hot inputs, trained by hand
import torch
import torch.nn.functional as F

text = "..abba.baab.abab.bba.."
ids = torch.tensor([".ab".index(c) for c in text])
inputs, targets = ids[:-1], ids[1:]
gen = torch.Generator().manual_seed(1616)
weights = torch.randn((3, 3), generator=gen, requires_grad=True)
onehot = F.one_hot(inputs, num_classes=3).float()
for step in range(6):
    logits = onehot @ weights
    prob = logits.exp() / logits.exp().sum(dim=1, keepdim=True)
    nll = -prob[torch.arange(inputs.numel()), targets].log().mean()
    loss = nll + 0.01 * weights.pow(2).mean()
    print(step, loss.item(), nll.item())
    weights.grad = None
    loss.backward()
    weights.data.add_(weights.grad, alpha=-10)
print(weights.data)
