# At initialisation the loss should be about -log(1/vocab); big logits make it much worse
import math
import torch
import torch.nn.functional as F

torch.manual_seed(1653)
vocab = 27
targets = torch.randint(0, vocab, (64,))
print(-math.log(1 / vocab))
for scale in (0.0, 0.01, 1.0, 10.0):
    logits = torch.randn(64, vocab) * scale
    print(scale, F.cross_entropy(logits, targets).item())
