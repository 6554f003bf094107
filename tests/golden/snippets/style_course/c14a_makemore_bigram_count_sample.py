# makemore bigrams: a count matrix filled with index_put_ accumulate, add-one smoothing, row normalisation,
# sampling names with torch.multinomial and a seeded Generator, and the mean negative log-likelihood.
import torch

names = ["anna", "bob", "elena", "ivo", "noor", "lena", "otto", "ben", "nia", "abel"]
alpha = '.' + ''.join(sorted(set(''.join(names))))
pos = {ch: i for i, ch in enumerate(alpha)}
firsts = torch.tensor([pos[a] for nm in names for a in '.' + nm])
seconds = torch.tensor([pos[b] for nm in names for b in nm + '.'])
K = len(alpha)
counts = torch.zeros(K, K, dtype=torch.int64)
counts.index_put_((firsts, seconds), torch.ones_like(firsts), accumulate=True)
print(K, counts[0], counts.sum(), counts.dtype)
probs = (counts + 1) / (counts + 1).sum(dim=1, keepdim=True)
print(probs.dtype, probs.sum(1)[:3])
gen = torch.Generator().manual_seed(1422)
for _ in range(5):
    cur, letters = 0, []
    while True:
        cur = torch.multinomial(probs[cur], 1, generator=gen).item()
        if cur == 0:
            break
        letters.append(alpha[cur])
    print(''.join(letters))
nll = -probs[firsts, seconds].log().mean()
print(f"{nll=}", nll.item())
print(torch.multinomial(probs[0], 4, replacement=False, generator=gen))
