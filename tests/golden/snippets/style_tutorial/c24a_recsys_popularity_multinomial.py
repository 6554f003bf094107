# Popularity-weighted negatives with torch.multinomial
import torch

torch.manual_seed(7)
counts = torch.tensor([50.0, 10.0, 0.0, 30.0, 10.0])
probs = counts.pow(0.75)
probs = probs / probs.sum()
print(probs)
print(torch.multinomial(probs, 3))
print(torch.multinomial(probs, 6, replacement=True))
for bad_call in (lambda: torch.multinomial(probs, 5), lambda: torch.multinomial(counts - 20.0, 2)):
    try:
        bad_call()
    except RuntimeError as err:
        print('multinomial refused:', err)
