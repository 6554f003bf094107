# Bigram counts with add-one smoothing: probabilities, log likelihood and the average negative log likelihood.
import torch

words = ["emma", "olivia", "ava", "isabella", "sophia", "mia", "amelia", "ella"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
itos = {i: s for s, i in stoi.items()}
V = len(stoi)
N = torch.zeros((V, V), dtype=torch.int32)
for w in words:
    cs = ["."] + list(w) + ["."]
    for c1, c2 in zip(cs, cs[1:]):
        N[stoi[c1], stoi[c2]] += 1
print(N.dtype, N.sum().item(), N[0].tolist())
P = (N + 1).float()
P /= P.sum(1, keepdims=True)
print(P[0].sum(), P.shape)
log_likelihood = 0.0
n = 0
for w in words[:3]:
    cs = ["."] + list(w) + ["."]
    for c1, c2 in zip(cs, cs[1:]):
        prob = P[stoi[c1], stoi[c2]]
        logprob = torch.log(prob)
        log_likelihood += logprob
        n += 1
        print(f"{c1}{c2}: {prob:.4f} {logprob:.4f}")
print(f"{log_likelihood=}")
nll = -log_likelihood
print(f"{nll=}")
print(f"{nll/n}")
print(type(log_likelihood), log_likelihood.dtype)
