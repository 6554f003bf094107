# Random ops inside vmap: dropout masks, bernoulli, randperm and the in-place samplers, under
# randomness='same' and 'different', with PyTorch's refusals; each case then draws once outside
import torch
import torch.nn.functional as F
from torch.func import vmap

x = torch.ones(3, 4)
cases = [
    ("dropout", lambda row: F.dropout(row, 0.5)),
    ("Dropout(0.2)", lambda row: torch.nn.Dropout(0.2)(row)),
    ("alpha_dropout", lambda row: F.alpha_dropout(row, 0.5, True)),
    ("dropout1d", lambda row: F.dropout1d(row.reshape(2, 2), 0.5)),
    ("bernoulli(probs)", lambda row: torch.bernoulli(row * 0.3)),
    ("bernoulli(row, p)", lambda row: torch.bernoulli(row, 0.3)),
    ("bernoulli(unbatched)", lambda row: torch.bernoulli(torch.full((4,), 0.5))),
    ("unbatched.bernoulli_", lambda row: torch.empty(4).bernoulli_(0.5)),
    ("empty_like.bernoulli_", lambda row: torch.empty_like(row).bernoulli_(0.5)),
    ("bernoulli_(batched p)", lambda row: torch.empty_like(row).bernoulli_(row * 0.4)),
    ("randperm", lambda row: torch.randperm(4)),
    ("uniform_", lambda row: row.clone().uniform_(-1, 1)),
    ("unbatched.uniform_", lambda row: torch.empty(4).uniform_()),
    ("exponential_", lambda row: torch.empty_like(row).exponential_()),
    ("geometric_", lambda row: torch.empty_like(row).geometric_(0.3)),
    ("cauchy_", lambda row: torch.empty_like(row).cauchy_()),
    ("random_()", lambda row: torch.empty_like(row).random_()),
    ("multinomial", lambda row: torch.multinomial(row, 2)),
    ("poisson", lambda row: torch.poisson(row)),
    ("dropout + randn", lambda row: F.dropout(row, 0.5) + torch.randn(())),
]
for randomness in ["same", "different"]:
    for label, f in cases:
        if (label, randomness) == ("poisson", "different"):
            continue  # drawn one element after another: not in the embedded engine
        torch.manual_seed(0)
        try:
            out = vmap(f, randomness=randomness)(x)
            print(randomness, label, out.tolist())
        except RuntimeError as e:
            print(randomness, label, "RuntimeError:", e)
        print("  next draw", torch.rand(1).item())
