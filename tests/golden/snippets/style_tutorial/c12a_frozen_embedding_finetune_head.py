# Fine-tuning a classifier on top of a frozen pretrained embedding, then unfreezing it.
import torch
import torch.nn as nn

torch.manual_seed(9)
pretrained = torch.randn(10, 4)
emb = nn.Embedding.from_pretrained(pretrained, freeze=True)
head = nn.Linear(4, 2)
print(emb.weight.requires_grad, emb)
tokens = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [0, 1, 2]])
labels = torch.tensor([0, 1, 1, 0])
params = [p for p in list(emb.parameters()) + list(head.parameters()) if p.requires_grad]
print(len(params))
opt = torch.optim.SGD(params, lr=0.3)
for step in range(4):
    opt.zero_grad()
    logits = head(emb(tokens).mean(dim=1))
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.6f}")
print(emb.weight.grad)
print(torch.equal(emb.weight, pretrained))
emb.weight.requires_grad_(True)
opt.add_param_group({"params": [emb.weight], "lr": 0.01})
print([len(g["params"]) for g in opt.param_groups], [g["lr"] for g in opt.param_groups])
opt.zero_grad()
loss = nn.functional.cross_entropy(head(emb(tokens).mean(dim=1)), labels)
loss.backward()
opt.step()
print(emb.weight.grad[0], emb.weight.grad[3])
print((emb.weight - pretrained).abs().max())
