# makemore bigrams as a one-layer net: pairs built with a comprehension, one-hot rows selecting W's rows,
# softmax via logsumexp, an L2 term, and plain gradient descent.
import torch
import torch.nn.functional as F

names = ["mira", "tom", "ada", "rita", "omar", "dora"]
alphabet = ['.'] + sorted(set(''.join(names)))
ctoi = {ch: i for i, ch in enumerate(alphabet)}
pairs = [(ctoi[a], ctoi[b]) for nm in names for a, b in zip('.' + nm, nm + '.')]
inp = torch.tensor([a for a, _ in pairs])
out = torch.tensor([b for _, b in pairs])
K = len(alphabet)
print(len(pairs), K, inp[:6], out[:6])
gen = torch.Generator().manual_seed(1413)
Wt = torch.randn((K, K), generator=gen, requires_grad=True)
onehot = F.one_hot(inp, K).to(torch.float32)
for it in range(12):
    z = onehot @ Wt
    logp = z - z.logsumexp(dim=1, keepdim=True)
    nll = -logp.gather(1, out.unsqueeze(1)).mean() + 0.01 * Wt.pow(2).mean()
    if it % 4 == 3:
        print(it, nll.item())
    Wt.grad = None
    nll.backward()
    Wt.data.add_(Wt.grad, alpha=-15)
print(nll.item(), logp.exp()[0, :4], torch.equal(z, Wt[inp]))
