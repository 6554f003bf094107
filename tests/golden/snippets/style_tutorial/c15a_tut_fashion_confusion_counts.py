# After training a classifier: accuracy per class name, then a confusion matrix printed as a table
import torch
from torch import nn

torch.manual_seed(190)
class_names = ("sneaker", "bag", "boot")
feats = torch.randn(30, 5)
truth = torch.randint(0, 3, (30,))
clf = nn.Linear(5, 3)
sgd = torch.optim.SGD(clf.parameters(), lr=0.5)
for _ in range(15):
    sgd.zero_grad()
    nn.CrossEntropyLoss()(clf(feats), truth).backward()
    sgd.step()
with torch.no_grad():
    guesses = clf(feats).argmax(dim=1)
hits, totals = {n: 0 for n in class_names}, {n: 0 for n in class_names}
for t, p in zip(truth.tolist(), guesses.tolist()):
    totals[class_names[t]] += 1
    hits[class_names[t]] += int(t == p)
for n in class_names:
    print(f"Accuracy for class: {n:8s} is {100 * hits[n] / totals[n]:.1f} %")
cm = torch.zeros(3, 3, dtype=torch.long)
cm.index_put_((truth, guesses), torch.ones(30, dtype=torch.long), accumulate=True)
print(cm)
print(cm.trace().item(), cm.sum(0), cm.diagonal() / cm.sum(1))
