import torch

# "my hand-written BCE gives nan when the model outputs exactly 0 or 1"
probs = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
truth = torch.tensor([0.0, 1.0, 1.0])
by_hand = -(truth * probs.log() + (1 - truth) * (1 - probs).log()).mean()
by_hand.backward()
print(by_hand, probs.grad)
print(torch.nn.functional.binary_cross_entropy(probs.detach(), truth))
clamped = probs.detach().clamp(1e-7, 1 - 1e-7)
print((-(truth * clamped.log() + (1 - truth) * (1 - clamped).log()).mean()).round(decimals=4))
print(torch.xlogy(truth, probs.detach()))
