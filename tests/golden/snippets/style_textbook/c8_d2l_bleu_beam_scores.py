# Evaluating predictions: BLEU with n-gram precision and brevity penalty, and beam-search style scores.
import collections
import math
import torch

def bleu(pred_seq, label_seq, k):
    pred_tokens, label_tokens = pred_seq.split(' '), label_seq.split(' ')
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_label / len_pred))
    for n in range(1, min(k, len_pred) + 1):
        num_matches, label_subs = 0, collections.defaultdict(int)
        for i in range(len_label - n + 1):
            label_subs[' '.join(label_tokens[i: i + n])] += 1
        for i in range(len_pred - n + 1):
            if label_subs[' '.join(pred_tokens[i: i + n])] > 0:
                num_matches += 1
                label_subs[' '.join(pred_tokens[i: i + n])] -= 1
        score *= math.pow(num_matches / (len_pred - n + 1), math.pow(0.5, n))
    return score

for pred, label in [("il a calme .", "il est calme ."), ("je suis chez moi .", "je suis chez moi ."),
                    ("va !", "va !"), ("j'ai perdu .", "je suis mouillé .")]:
    print(f'{pred} => {label}, bleu {bleu(pred, label, k=2):.3f}')
torch.manual_seed(0)
log_probs = torch.log_softmax(torch.randn(3, 5), dim=-1)
beam = 2
scores, idx = log_probs[0].topk(beam)
print(scores, idx)
cand = (scores.unsqueeze(1) + log_probs[1]).reshape(-1)
top, flat = cand.topk(beam)
print(top, flat // 5, flat % 5)
L, alpha = 2, 0.75
print(top / L ** alpha)
