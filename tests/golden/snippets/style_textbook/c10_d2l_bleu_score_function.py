# The BLEU score from d2l on toy predicted/label sentences, and a greedy decode's scores with torch ops.
import collections
import math
import torch

def bleu(pred_seq, label_seq, k):
    pred_tokens, label_tokens = pred_seq.split(" "), label_seq.split(" ")
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_label / len_pred))
    for n in range(1, min(k, len_pred) + 1):
        num_matches, label_subs = 0, collections.defaultdict(int)
        for i in range(len_label - n + 1):
            label_subs[" ".join(label_tokens[i: i + n])] += 1
        for i in range(len_pred - n + 1):
            if label_subs[" ".join(pred_tokens[i: i + n])] > 0:
                num_matches += 1
                label_subs[" ".join(pred_tokens[i: i + n])] -= 1
        score *= math.pow(num_matches / (len_pred - n + 1), math.pow(0.5, n))
    return score

pairs = [("il a calme .", "il est calme ."), ("je suis chez moi .", "je suis chez moi ."),
         ("va !", "va !"), ("j'ai perdu .", "j'ai perdu .")]
for p, l in pairs:
    print(f"{p} => bleu {bleu(p, l, k=2):.3f}")
scores = torch.tensor([bleu(p, l, 2) for p, l in pairs])
print(scores, scores.mean())
torch.manual_seed(0)
logits = torch.randn(4, 6)
log_probs = torch.log_softmax(logits, dim=-1)
greedy = log_probs.argmax(-1)
print(greedy, log_probs.max(-1).values.sum())
seq_score = log_probs.gather(1, greedy[:, None]).sum() / len(greedy) ** 0.75
print(seq_score)
